import { parseArgs } from 'node:util';
import { isAppError } from '../core/appError.ts';

const USAGE = `Usage: pii-detector <command>

Commands:
  start      Run the service (HTTP receiver + workers). Configured by environment variables,
             see docs/configuration.md. Without DATABASE_URL it runs on the embedded store in DATA_DIR.
  migrate    Apply our migrations and pg-boss's schema, create the queues, and exit.
  scan       Scan text (arguments, --file or stdin) for PII; exit 1 if found, 0 if not, 2 on error.
             \`pii-detector scan --help\` for its options.
  jobs       list|show|retry|discard jobs and dead letters. \`pii-detector jobs --help\`.
  queues     list|pause|resume|scale the queues at run time. \`pii-detector queues --help\`.
  help       Show this text.
`;

async function main(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
  const command = positionals[0] ?? 'help';
  switch (command) {
    // Each command is loaded only when asked for: `scan` in a CI step should not pay for the
    // service's modules (Fastify, pg-boss, PGlite) it never uses.
    case 'start':
      return (await import('./startCommand.ts')).startCommand();
    case 'migrate':
      return (await import('./migrateCommand.ts')).migrateCommand();
    case 'scan': {
      // Everything after the word "scan" is its own: it parses strictly, the dispatcher does not.
      const { runScanCommand } = await import('./scanCommand.ts');
      return runScanCommand(argv.slice(argv.indexOf('scan') + 1), process);
    }
    case 'jobs':
    case 'queues': {
      const io = { stdout: process.stdout, stderr: process.stderr, env: process.env };
      const rest = argv.slice(argv.indexOf(command) + 1);
      return command === 'jobs'
        ? (await import('./jobsCommand.ts')).runJobsCommand(rest, io)
        : (await import('./queuesCommand.ts')).runQueuesCommand(rest, io);
    }
    case 'help':
    case '--help':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(isAppError(error) ? `${error.code}: ${error.message}` : error);
    process.exit(1);
  },
);
