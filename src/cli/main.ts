/** The `dyad` command: a thin shell over `extract`. Errors name the input; no stack traces. */
import { parseArgs } from 'node:util';
import { basename, extname } from 'node:path';
import { DyadError } from '../errors.js';
import { decode, describe, readInput, write } from './io.js';
import { runJsonl } from './jsonl.js';

const MAIN_HELP = `dyad — political event data from news text

Usage:
  dyad extract FILE|- [--published YYYY-MM-DD] [--id ID] [--title T] [--pretty]
  dyad extract --jsonl FILE|- [--workers N]
  dyad COMMAND --help

Commands:
  extract   read an article (or a JSONL corpus) and print dyad/1 documents
`;

const EXTRACT_HELP = `dyad extract — one article, or a corpus as JSONL

Usage:
  dyad extract FILE|- [options]      print one dyad/1 document for the article in FILE (- for stdin)
  dyad extract --jsonl FILE|-        read lines {"id","text"|"html","publishedAt"?,"title"?,"source"?}; print
                                     one output line per input line, in order; a bad line prints
                                     {"document":{"id":…},"error":"…"} and the run goes on

Options:
  --published YYYY-MM-DD   publication date: the anchor for relative dates ("Monday", "last week")
  --id ID                  document id (default: the file name without extension)
  --title T                document title
  --source S               document source
  --jsonl                  the input is JSONL, one article per line
  --workers N              with --jsonl: spread the corpus over N worker threads (output order kept)
  --html                   the input is an HTML page (also detected by itself): dyad reads its article
                           text, and the output's document.text holds the text the offsets refer to
  --pretty                 indent the JSON output
  -h, --help               this help

Exit codes: 0 done; 1 the article could not be processed; 2 the input could not be read or bad usage.
`;

export async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(MAIN_HELP);
    return command ? 0 : 2;
  }
  if (command !== 'extract') {
    process.stderr.write(`dyad: unknown command ${JSON.stringify(command)}\n\n${MAIN_HELP}`);
    return 2;
  }
  return extractCommand(rest);
}

async function extractCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        id: { type: 'string' },
        title: { type: 'string' },
        source: { type: 'string' },
        jsonl: { type: 'boolean' },
        pretty: { type: 'boolean' },
        workers: { type: 'string' },
        html: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    process.stderr.write(`dyad extract: ${(err as Error).message}\n\n${EXTRACT_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(EXTRACT_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`dyad extract: give exactly one FILE (or - for standard input)\n\n${EXTRACT_HELP}`);
    return 2;
  }
  const file = positionals[0] as string;
  try {
    if (values.jsonl) {
      const workers = values.workers === undefined ? 1 : Number(values.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
        process.stderr.write(`dyad extract: --workers must be a whole number from 1 to 64\n`);
        return 2;
      }
      await runJsonl(file, values.pretty ?? false, workers);
      return 0;
    }
    const bytes = await readInput(file);
    const input = describe(file);
    const id = values.id ?? (file === '-' ? 'stdin' : basename(file, extname(file)));
    // The pipeline is loaded only by the commands that run it (a --workers dispatcher never does).
    const { extract } = await import('../extract.js');
    const { prepareInput } = await import('../input/index.js');
    let doc;
    try {
      const prepared = prepareInput(input, decode(input, bytes), values.html ? true : 'auto');
      doc = extract(prepared.text, {
        id,
        publishedAt: values.published ?? null,
        title: values.title ?? prepared.title,
        source: values.source ?? null,
      });
      if (prepared.fromHtml) doc.document.text = prepared.text;
    } catch (err) {
      if (err instanceof DyadError) {
        process.stderr.write(`dyad: ${err.message.replace(/^(the document|document "[^"]*")/, input)}\n`);
        return 1;
      }
      throw err;
    }
    await write(JSON.stringify(doc, null, values.pretty ? 2 : undefined) + '\n');
    return 0;
  } catch (err) {
    if (err instanceof DyadError) {
      process.stderr.write(`dyad: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`dyad: ${describe(file)}: unexpected failure: ${(err as Error).message}\n`);
    return 1;
  }
}
