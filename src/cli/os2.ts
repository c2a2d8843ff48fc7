/**
 * `npm run --silent os2 -- …`: OS2's document formats on the command line, for the secretariat's
 * scripts and for CI. All the reading and writing is the pure code in src/domain/documents; this
 * file only does the file I/O, the arguments and the exit codes.
 *
 * Exit codes: 0 done (warnings on stderr), 1 unreadable or ambiguous input
 * (`os2: <file>:<line>: <message>`), 2 usage error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  DocumentError,
  draftEvaluations,
  importSelfAssessmentDocument,
  parseEvaluationReport,
  renderEvaluationReport,
  renderGovernanceReport,
  selfAssessmentFileName,
  stringifySelfAssessmentJson,
  toSelfAssessmentJson,
  type DocumentWarning,
  type EvaluationReportImport,
  type GovernanceReportOptions,
  type ImportResult,
  type OtherStatus,
  type SelfAssessmentJson,
} from '../domain/documents';
import { DEFAULT_CATALOGUE_VERSION, type LocalText } from '../domain/catalogue';

const CURRENT = DEFAULT_CATALOGUE_VERSION;

const USAGE = `Usage: npm run --silent os2 -- <command> FILE [options]

Commands:
  convert FILE    Read a governance report (tick-box, emoji, guidance or generated shape) or a
                  self-assessment JSON; write OS2's self-assessment JSON (${CURRENT} ids) to stdout.
                  Ticked items become "Ja", unticked ones null.
  lights FILE     Read an evaluation report; write {"lights": {...}, "counts": {...}} to stdout
                  (counts per level, per theme within each level, per theme and in total).
  convert DIR, lights DIR
                  Read every document of that kind under the folder (.md, and for convert .json
                  with "krav"); write one JSON line per file: {"path", "ok": true, "result",
                  "warnings"} or {"path", "ok": false, "error": {"line", "message"}}. Files that
                  are not such a document are skipped (counted on stderr). Exit 1 if any failed.
  report FILE --as governance-report|evaluation-report
                  Read a self-assessment JSON (or a governance report); write a governance report
                  (generated shape) or a draft evaluation report (lights derived from the statuses).

Options:
  --as KIND                    the report to write (report only)
  --style auto|standard|os2iot how tick-box and emoji reports number their requirements (default auto)
  --generated-at ISO-TIME      the time to stamp when the input carries none
                               (default: SOURCE_DATE_EPOCH, else now)
  -h, --help                   this text

FILE may be - for standard input. Messages are in Danish when LANG starts with "da".
Exit codes: 0 done, 1 unreadable or ambiguous input (any file, for a folder), 2 usage error.
`;

class UsageError extends Error {}

interface Args {
  command: 'convert' | 'lights' | 'report' | 'help';
  file: string;
  as?: 'governance-report' | 'evaluation-report';
  style: NonNullable<GovernanceReportOptions['legacyStyle']>;
  generatedAt?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help' || arg === 'help')
      return { command: 'help', file: '', style: 'auto' };
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (!['as', 'style', 'generated-at'].includes(name)) throw new UsageError(`unknown option --${name}`);
      const value = inline ?? argv[(i += 1)];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else {
      positional.push(arg);
    }
  }
  const [command, file, ...rest] = positional;
  if (command === undefined) throw new UsageError('no command given');
  if (!['convert', 'lights', 'report'].includes(command))
    throw new UsageError(`unknown command "${command}"`);
  if (file === undefined) throw new UsageError(`${command} needs a FILE`);
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);

  const as = options.get('as');
  if (command === 'report') {
    if (as !== 'governance-report' && as !== 'evaluation-report') {
      throw new UsageError('report needs --as governance-report or --as evaluation-report');
    }
  } else if (as !== undefined) {
    throw new UsageError('--as belongs to the report command');
  }
  const style = options.get('style') ?? 'auto';
  if (style !== 'auto' && style !== 'standard' && style !== 'os2iot') {
    throw new UsageError('--style is auto, standard or os2iot');
  }
  const generatedAt = options.get('generated-at');
  if (generatedAt !== undefined && Number.isNaN(Date.parse(generatedAt))) {
    throw new UsageError(`--generated-at "${generatedAt}" is not a time`);
  }
  return { command: command as Args['command'], file, as, style, generatedAt };
}

function defaultTimestamp(explicit: string | undefined): string {
  if (explicit !== undefined) return new Date(Date.parse(explicit)).toISOString();
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

function language(): 'da' | 'en' {
  const lang = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return lang.toLowerCase().startsWith('da') ? 'da' : 'en';
}

function say(text: LocalText): string {
  return text[language()];
}

/** The file as text. Bytes that are not UTF-8 become U+FFFD, which the readers reject with their line. */
function readText(file: string): string {
  const bytes = readFileSync(file === '-' ? 0 : file);
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/** A warning, or a note on a free-text status kept as written; neither stops the conversion. */
interface Remark {
  severity: 'warning' | 'note';
  line: number;
  code: string;
  message: LocalText;
}

function remarksOf(warnings: readonly DocumentWarning[], others: readonly OtherStatus[] = []): Remark[] {
  return [
    ...warnings.map((w): Remark => ({ severity: 'warning', ...w })),
    ...others.map((other): Remark => ({
      severity: 'note',
      line: other.line,
      code: 'free-text-status',
      message: {
        da: `${other.id}: fritekststatus "${other.text}" er bevaret som den står.`,
        en: `${other.id}: free-text status "${other.text}" is kept as written.`,
      },
    })),
  ];
}

function reportRemarks(file: string, remarks: readonly Remark[]): void {
  for (const r of remarks) process.stderr.write(`os2: ${file}:${r.line}: ${r.severity}: ${say(r.message)}\n`);
}

interface Lights {
  result: { lights: EvaluationReportImport['lights']; counts: EvaluationReportImport['counts'] };
  remarks: Remark[];
}

function readLights(text: string): Lights {
  const parsed = parseEvaluationReport(text);
  return { result: { lights: parsed.lights, counts: parsed.counts }, remarks: remarksOf(parsed.warnings) };
}

interface Converted {
  imported: ImportResult;
  /** OS2's self-assessment JSON. */
  result: SelfAssessmentJson;
  remarks: Remark[];
}

function convert(text: string, args: Args, generatedAt: string): Converted {
  const imported = importSelfAssessmentDocument(text, { legacyStyle: args.style });
  const result = toSelfAssessmentJson(imported, { generatedAt });
  return { imported, result, remarks: remarksOf(imported.warnings, imported.otherStatuses) };
}

function run(args: Args): void {
  const name = args.file === '-' ? '<stdin>' : args.file;
  const text = readText(args.file);
  const generatedAt = defaultTimestamp(args.generatedAt);

  if (args.command === 'lights') {
    const { result, remarks } = readLights(text);
    reportRemarks(name, remarks);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }

  const { imported, result: json, remarks } = convert(text, args, generatedAt);
  reportRemarks(name, remarks);
  if (args.command === 'convert') {
    process.stdout.write(stringifySelfAssessmentJson(json));
  } else if (args.as === 'governance-report') {
    process.stdout.write(
      renderGovernanceReport({
        productName: json.productName,
        filledBy: json.filledBy,
        filledDate: json.filledDate,
        generatedAt: json.generatedAt,
        assessments: imported.assessments,
      }),
    );
  } else {
    process.stdout.write(
      renderEvaluationReport({
        productName: json.productName,
        date: generatedAt.slice(0, 10),
        evaluatedBy: '',
        gitLink: imported.metadata.gitOrganisation ?? '',
        selfAssessmentLink: json.productName
          ? selfAssessmentFileName(generatedAt.slice(0, 10), json.productName)
          : '',
        status: 'Udkast: lysene er udledt af selvevalueringen og skal vurderes af sekretariatet',
        summary: '',
        overallAssessment: '',
        recommendationProduct: '',
        recommendationBoard: '',
        evaluations: draftEvaluations(imported.assessments),
      }),
    );
  }
}

function isFolder(file: string): boolean {
  if (file === '-') return false;
  try {
    return statSync(file).isDirectory();
  } catch {
    return false; // run() reports the unreadable path
  }
}

/** Candidate files under `dir`, sorted so the output is stable; hidden folders and node_modules are not searched. */
function filesUnder(dir: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && extensions.includes(path.extname(entry.name).toLowerCase()))
        found.push(full);
    }
  };
  walk(dir);
  return found;
}

/** OS2's JSON always has its `krav` list; other JSON in a repository (package.json, …) is not a document. */
const OS2_JSON = /"krav"\s*:/;

type FolderLine =
  | { path: string; ok: true; result: unknown; warnings: { line: number; code: string; message: string }[] }
  | { path: string; ok: false; error: { line: number | null; code: string; message: string } };

/** One file of `os2 convert|lights DIR`: its line, or null when the file is not a document of that kind. */
function folderLine(file: string, args: Args, generatedAt: string): FolderLine | null {
  const shown = file.split(path.sep).join('/');
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    return { path: shown, ok: false, error: { line: null, code, message: `cannot read the file (${code})` } };
  }
  if (path.extname(file).toLowerCase() === '.json' && !OS2_JSON.test(text)) return null;
  try {
    const { result, remarks } =
      args.command === 'lights' ? readLights(text) : convert(text, args, generatedAt);
    const warnings = remarks.map((r) => ({ line: r.line, code: r.code, message: say(r.message) }));
    return { path: shown, ok: true, result, warnings };
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    // The reader's own verdict that this is not a document of the kind asked for (a README, or an
    // evaluation report met by convert): skipped, not failed.
    if (error.code === 'no-table') return null;
    return {
      path: shown,
      ok: false,
      error: { line: error.line, code: error.code, message: say(error.text) },
    };
  }
}

/** `os2 convert|lights DIR`: exit 1 when any document failed. */
function runFolder(args: Args): number {
  const generatedAt = defaultTimestamp(args.generatedAt);
  const files = filesUnder(
    args.file,
    args.command === 'lights' ? ['.md', '.markdown'] : ['.md', '.markdown', '.json'],
  );
  let read = 0;
  let failed = 0;
  for (const file of files) {
    const line = folderLine(file, args, generatedAt);
    if (line === null) continue;
    read += 1;
    if (!line.ok) failed += 1;
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  const skipped = files.length - read;
  process.stderr.write(
    `os2: ${args.file}: ${say({
      da: `${read} dokumenter læst, ${failed} fejlede, ${skipped} andre filer sprunget over.`,
      en: `${read} documents read, ${failed} failed, ${skipped} other files skipped.`,
    })}\n`,
  );
  return failed > 0 ? 1 : 0;
}

export function main(argv: readonly string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`os2: ${error.message}\nRun with --help for usage.\n`);
    return 2;
  }
  if (args.command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (isFolder(args.file)) {
    if (args.command === 'report') {
      process.stderr.write('os2: report needs a FILE, not a folder\nRun with --help for usage.\n');
      return 2;
    }
    return runFolder(args);
  }
  const name = args.file === '-' ? '<stdin>' : args.file;
  try {
    run(args);
    return 0;
  } catch (error) {
    if (error instanceof DocumentError) {
      process.stderr.write(`os2: ${name}:${error.line}: ${say(error.text)}\n`);
      return 1;
    }
    if (error instanceof Error && 'code' in error && typeof error.code === 'string' && 'syscall' in error) {
      process.stderr.write(`os2: ${name}: cannot read the file (${error.code})\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
