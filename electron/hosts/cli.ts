// `npm run cli -- <command>`: Redaksi for publishers on the command line, over the same services.
//   list   --data DIR [--all | --status STATUS | --slug SLUG ...]
//   export --data DIR --out DIR [--zip] [--all | --status STATUS | --slug SLUG ...]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ArticleStatus } from '../../shared/api/article';
import type { ExportResult } from '../../shared/api/export';
import { replaceControls } from '../../shared/text/characters';
import { dispatch } from '../services/dispatch';
import { selectArticles, type Selection } from '../services/export/selection';
import { DATABASE_FILE, openServices, type Services } from '../services/services';
import { resolveDataFolder } from './data-folder';
import { localeLanguage } from './locale-language';

const USAGE = `Usage:
  npm run cli -- list --data DIR [--all | --status draft|ready|published | --slug SLUG ...]
  npm run cli -- export --data DIR --out DIR [--zip] [--all | --status draft|ready|published | --slug SLUG ...]`;

class UsageError extends Error {}

function progress(done: number, total: number, label: string): void {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line.slice(0, process.stderr.columns - 1)}\x1b[K`);
  else process.stderr.write(`${line}\n`);
}

function listArticles(services: Services, selection: Selection): number {
  const { articles: rows, missing } = selectArticles(services.db, selection);
  for (const slug of missing) console.error(`No article has the slug "${slug}".`);
  // One line per article, tab-separated: a tab, newline or terminal escape stored in a headline would
  // break the rows or reach the terminal, so control characters print as spaces.
  for (const row of rows) console.log(`${row.slug}\t${replaceControls(row.headline, ' ')}`);
  console.error(`${rows.length} article(s)`);
  return missing.length > 0 ? 1 : 0;
}

/** Which articles: exactly one of --all, --status or --slug (a list with none of them lists all). */
function selectionFrom(
  values: { all?: boolean; status?: string; slug?: string[] },
  noneMeansAll: boolean,
): Selection {
  const chosen = [values.all, values.status !== undefined, (values.slug ?? []).length > 0].filter(
    Boolean,
  ).length;
  if (chosen === 0 && noneMeansAll) return { all: true };
  if (chosen !== 1) throw new UsageError('Choose exactly one of --all, --status STATUS or --slug SLUG.');
  if (values.all) return { all: true };
  if (values.status !== undefined) {
    const status = ArticleStatus.safeParse(values.status);
    if (!status.success)
      throw new UsageError(`--status must be draft, ready or published, not "${values.status}".`);
    return { status: status.data };
  }
  return { slugs: values.slug! };
}

async function exportArticles(
  services: Services,
  out: string,
  zip: boolean,
  selection: Selection,
): Promise<number> {
  const { articles, missing } = selectArticles(services.db, selection);
  for (const slug of missing) console.error(`No article has the slug "${slug}".`);
  // Nothing chosen is nothing to do, not a failure — but it is said, not left as "0 exported".
  if (articles.length === 0 && missing.length === 0) {
    console.error(
      'status' in selection
        ? `No article has the status ${selection.status}.`
        : 'The library has no articles.',
    );
    return 0;
  }
  let failed = missing.length;
  for (const [index, article] of articles.entries()) {
    progress(index, articles.length, article.slug);
    const result = await dispatch(services.handlers, 'export.run', {
      id: article.id,
      folder: out,
      zip,
      acceptWarnings: true,
    });
    if (result.ok) {
      const { folder, warnings, zipRemoved, zipNotRemoved } = result.value as ExportResult;
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
      console.log(`${article.slug}: ${folder}`);
      if (zipRemoved)
        console.log(`  removed ${zipRemoved}: it held the previous version (export with --zip to keep one)`);
      if (zipNotRemoved)
        console.log(`  warning: ${zipNotRemoved} could not be removed; it still holds the previous version`);
      for (const warning of warnings) console.log(`  warning: ${warning.message}`);
    } else {
      failed += 1;
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
      console.error(`${article.slug}: not exported. ${result.error.message}`);
    }
  }
  progress(articles.length, articles.length, 'done');
  if (process.stderr.isTTY) process.stderr.write('\n');
  console.error(`${articles.length - (failed - missing.length)} exported, ${failed} failed.`);
  return failed > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h' || rest.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      zip: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      status: { type: 'string' },
      slug: { type: 'string', multiple: true },
    },
    strict: true,
  });
  if (command !== 'list' && command !== 'export')
    throw new UsageError(command ? `Unknown command "${command}".` : 'Give a command.');
  if (command === 'export' && !values.out) throw new UsageError('export needs --out DIR.');
  // An option the command does not use is refused, not ignored: "list --out" exports nothing.
  if (command === 'list' && (values.out !== undefined || values.zip))
    throw new UsageError('--out and --zip are for export; list only prints.');
  const selection = selectionFrom(values, command === 'list');
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  // The command line reads a library; it never starts an empty one where a mistyped folder points.
  const dataDir = resolveDataFolder(values.data);
  if (!fs.existsSync(path.join(dataDir, DATABASE_FILE)))
    throw new Error(
      `There is no Redaksi library in ${dataDir} (no ${DATABASE_FILE}). Check --data: it is the folder the app keeps its data in.`,
    );
  // A batch export to some folder must not change the folder the app's export dialog offers; a damaged
  // database or settings file is refused as it is, for the app to mend and report, in the language the
  // settings name (the system's locale when they name none that can be read).
  const services = await openServices({
    dataDir,
    version,
    rememberExportFolder: false,
    refuseDamaged: true,
    fallbackLanguage: localeLanguage(),
  });
  try {
    if (command === 'list') return listArticles(services, selection);
    return await exportArticles(services, path.resolve(values.out!), values.zip, selection);
  } finally {
    services.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      error instanceof UsageError || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_')
        ? `${message}\n${USAGE}`
        : `Redaksi: ${message}`,
    );
    process.exit(2);
  },
);
