/**
 * Capitalised words that look like people's names in team chat and are not: tools, products,
 * companies, assistants and bots (several of them are also first names: Claude, Alexa, Hugo,
 * Travis, Morgan, Winston, Julia, Ruby, Cassandra, Athena, Jarvis), team and audience words, and
 * the calendar. All normalised (lower case, no accents).
 *
 * A word here never starts a name on its own. It still can after a title ("Mr. Morgan") or a
 * name field ("my name is Julia"), and a first name here followed by a known surname is a person
 * ("Julia Roberts"): the trade-off is that a colleague called Hugo, mentioned only as "Hugo", is
 * missed, which costs less than flagging every message about the static-site generator.
 */
export const TECHNICAL_NAMES: ReadonlySet<string> = new Set([
  // Assistants, models and bots
  'alexa', 'bard', 'bixby', 'chatgpt', 'claude', 'copilot', 'cortana', 'devin', 'gemini', 'gpt', 'grok',
  'hubot', 'jarvis', 'jasper', 'llama', 'mistral', 'ollama', 'siri', 'watson', 'whisper', 'dependabot',
  'renovate', 'mergify', 'clippy',
  // Build, CI, infrastructure
  'jenkins', 'travis', 'buildkite', 'circleci', 'argo', 'argocd', 'flux', 'helm', 'istio', 'envoy',
  'consul', 'vault', 'nomad', 'terraform', 'packer', 'vagrant', 'ansible', 'chef', 'puppet', 'salt',
  'docker', 'podman', 'kubernetes', 'k8s', 'openshift', 'rancher', 'harbor', 'quay', 'tilt', 'skaffold',
  'kustomize', 'nginx', 'apache', 'caddy', 'traefik', 'kong', 'cloudflare', 'akamai', 'fastly',
  'heroku', 'netlify', 'vercel', 'render', 'railway', 'supabase', 'firebase', 'hasura', 'lambda',
  'fargate', 'cognito', 'amplify', 'aurora', 'athena', 'neptune', 'kinesis', 'glue', 'sagemaker',
  'dynamo', 'dynamodb', 'redshift', 'bigquery', 'snowflake', 'databricks', 'hetzner', 'linode',
  // Data and messaging
  'kafka', 'pulsar', 'rabbitmq', 'redis', 'memcached', 'mongo', 'mongodb', 'postgres', 'postgresql',
  'mysql', 'mariadb', 'sqlite', 'oracle', 'cassandra', 'elasticsearch', 'opensearch', 'clickhouse',
  'airflow', 'dagster', 'prefect', 'luigi', 'spark', 'flink', 'storm', 'beam', 'presto', 'trino',
  'druid', 'pinot', 'hive', 'hadoop', 'celery', 'sidekiq', 'resque', 'temporal', 'cadence', 'jupyter',
  'pandas', 'numpy', 'keras', 'pytorch', 'tensorflow', 'dask',
  // Observability and incident
  'grafana', 'prometheus', 'thanos', 'loki', 'tempo', 'mimir', 'kibana', 'logstash', 'splunk', 'datadog',
  'honeycomb', 'sentry', 'bugsnag', 'rollbar', 'pagerduty', 'opsgenie', 'statuspage', 'newrelic',
  // Languages, runtimes, frameworks, libraries
  'ruby', 'julia', 'ada', 'rust', 'golang', 'python', 'java', 'kotlin', 'scala', 'swift', 'dart',
  'elixir', 'erlang', 'haskell', 'clojure', 'crystal', 'elm', 'perl', 'lua', 'zig', 'pascal', 'fortran',
  'cobol', 'matlab', 'node', 'deno', 'bun', 'maven', 'gradle', 'bazel', 'sphinx', 'jest', 'mocha',
  'chai', 'jasmine', 'karma', 'cypress', 'selenium', 'puppeteer', 'playwright', 'storybook', 'percy',
  'vitest', 'rollup', 'vite', 'parcel', 'webpack', 'babel', 'esbuild', 'turbo', 'lerna', 'yarn', 'pnpm',
  'hugo', 'jekyll', 'gatsby', 'django', 'flask', 'rails', 'laravel', 'symfony', 'spring', 'express',
  'fastify', 'nest', 'next', 'nuxt', 'remix', 'astro', 'svelte', 'angular', 'react', 'vue', 'ember',
  'jquery', 'bootstrap', 'tailwind', 'prisma', 'sequelize', 'knex', 'mongoose', 'zod', 'pino', 'winston',
  'bunyan', 'morgan', 'axios', 'lodash', 'moment', 'luxon', 'electron', 'tauri', 'flutter', 'ionic',
  'unity', 'godot', 'blender', 'maya', 'houdini', 'prettier', 'eslint', 'rosetta',
  // Work tools and vendors
  'jira', 'confluence', 'atlassian', 'bitbucket', 'github', 'gitlab', 'gitea', 'notion', 'trello',
  'asana', 'linear', 'clickup', 'basecamp', 'figma', 'sketch', 'miro', 'loom', 'slack', 'zoom',
  'webex', 'discord', 'skype', 'teams', 'okta', 'auth0', 'stripe', 'twilio', 'sendgrid', 'mailgun',
  'mailchimp', 'zendesk', 'intercom', 'hubspot', 'salesforce', 'snyk', 'sonar', 'sonarqube',
  'google', 'microsoft', 'amazon', 'aws', 'azure', 'apple', 'meta', 'facebook', 'netflix', 'uber',
  'spotify', 'shopify', 'ibm', 'intel', 'nvidia', 'cisco', 'vmware', 'adobe', 'dropbox', 'anthropic',
  'openai', 'cohere', 'huggingface', 'replit', 'sourcegraph', 'bitwarden', 'lastpass', 'acme',
  // Operating systems and their releases
  'linux', 'ubuntu', 'debian', 'fedora', 'centos', 'alpine', 'windows', 'android', 'sonoma', 'ventura',
  'monterey', 'mojave', 'sequoia',
]);

/**
 * Words that follow a greeting or a name slot without being a person: audiences ("Hi Team",
 * "Thanks All"), departments ("ask Legal"), roles and environments.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'team', 'teams', 'all', 'everyone', 'everybody', 'folks', 'guys', 'gang', 'there', 'people', 'squad',
  'crew', 'channel', 'customer', 'customers', 'client', 'clients', 'manager', 'management', 'legal',
  'finance', 'hr', 'sales', 'support', 'marketing', 'security', 'platform', 'engineering', 'ops',
  'devops', 'infra', 'infrastructure', 'product', 'design', 'data', 'accounting', 'procurement',
  'leadership', 'admin', 'admins', 'board', 'committee', 'group', 'department', 'office', 'company',
  'vendor', 'user', 'users', 'sir', 'madam', 'colleague', 'colleagues', 'friends', 'hiring', 'recruiter',
  'world', 'you', 'me', 'him', 'her', 'them', 'us', 'prod', 'production', 'staging', 'dev', 'qa',
  'ceo', 'cto', 'cfo', 'vp', 'bot', 'bots', 'partner', 'partners', 'owner', 'owners', 'payments',
  'billing', 'identity', 'growth', 'mobile', 'backend', 'frontend', 'web', 'api', 'core', 'ai', 'ml',
]);

/** Months (and their abbreviations): "March 15", "in May". After a first name one is a surname ("Dan May"). */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Days, their abbreviations and their neighbours: "Monday's standup", "Friday demo". Never part of a name. */
export const DAY_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'today', 'tomorrow', 'yesterday', 'tonight', 'christmas', 'easter',
]);

/**
 * Published placeholder people ("John Doe", "Max Mustermann"): sample data in docs and fixtures,
 * not someone's name, in the way 4242 4242 4242 4242 is not someone's card.
 */
export const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set([
  'john doe', 'jane doe', 'john q public', 'john q. public', 'joe bloggs', 'jane bloggs', 'richard roe',
  'max mustermann', 'erika mustermann', 'jan kowalski', 'jean dupont', 'juan perez', 'mario rossi',
  'foo bar', 'alice bob',
]);
