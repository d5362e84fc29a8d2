import { startFakeSlack } from './fakeSlack.ts';
import { SEED } from './fakeWorkspace.ts';

/**
 * `npm run fake-slack`: the fake Slack on a fixed port for trying the service by hand.
 * FAKE_SLACK_PORT (3001), SLACK_SIGNING_SECRET (fake-signing-secret), FAKE_SLACK_EVENTS_URL
 * (http://127.0.0.1:3000/slack/events).
 */
const port = Number(process.env.FAKE_SLACK_PORT ?? '3001');
const signingSecret = process.env.SLACK_SIGNING_SECRET ?? 'fake-signing-secret';
const eventsUrl = process.env.FAKE_SLACK_EVENTS_URL ?? 'http://127.0.0.1:3000/slack/events';

const slack = await startFakeSlack({ port, signingSecret, eventsUrl });
const { botToken, adminToken } = slack.identity;

console.log(`fake Slack listening on ${slack.url}; events go to ${eventsUrl}

Start the service against it with:

  SLACK_API_URL=${slack.apiUrl} \\
  SLACK_BOT_TOKEN=${botToken} \\
  SLACK_ADMIN_TOKEN=${adminToken} \\
  SLACK_SIGNING_SECRET=${signingSecret} \\
  SLACK_FILE_HOSTS=${slack.url} \\
  npm start

Post a message as a user (channel #general = ${SEED.channels.general}, user ${SEED.users.maya}):

  curl -s -X POST ${slack.url}/_fake/messages -H 'content-type: application/json' \\
    -d '{"channel":"${SEED.channels.general}","user":"${SEED.users.maya}","text":"Reach me at m.okafor@globex-mail.com, card 4539 1488 0343 6467"}'

Share a file with a comment (the fake serves it to the bot token only):

  curl -s -X POST ${slack.url}/_fake/messages -H 'content-type: application/json' \\
    -d '{"channel":"${SEED.channels.general}","user":"${SEED.users.maya}","text":"Q2 payroll","file":{"name":"payroll.csv","content":"name,email\\nMaya,m.okafor@globex-mail.com\\n"}}'

Inspect: GET ${slack.url}/_fake/calls, ${slack.url}/_fake/deliveries, ${slack.url}/_fake/messages?channel=${SEED.channels.general}
`);

const stop = (): void => {
  void slack.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
