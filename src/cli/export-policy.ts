/**
 * `credit-desk policy --export [--from book.xlsx]`: prints a policy as JSON in exactly the
 * format `--policy` reads (schemas/policy.schema.json describes it) — the built-in policy, or
 * the one a workbook records: the policy sheet of its previous review, else its own Policy sheet.
 * A workbook that records none is refused rather than answered with the defaults.
 */
import { DEFAULT_POLICY, type Policy } from "../engine/policy";
import { POLICY_SHEET_NAMES } from "../i18n/owned-sheet-names";
import { choosePolicy } from "../workbook/workbook-review";
import type { PolicyExportCommand } from "./args";
import type { CliContext } from "./cli-context";
import { CliFailure, EXIT, refusalFailure, type ExitCode } from "./failure";
import { readWorkbookFile } from "./read-inputs";
import { escapedJsonText } from "./terminal-text";

/** The policy as the text of a `--policy` file. */
export function policyFileText(policy: Policy): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}

async function recordedPolicy(path: string, context: CliContext): Promise<Policy> {
  const { words, locale } = context;
  const document = await readWorkbookFile(path, context);
  const choice = choosePolicy(document.raw, { policySheetNames: POLICY_SHEET_NAMES });
  if (!choice.ok) throw refusalFailure(choice.refusal, words, locale, null);
  if (choice.source === "default")
    throw new CliFailure(EXIT.refused, words("policy.notRecorded", { file: path }));
  return choice.policy;
}

export async function exportPolicy(
  command: PolicyExportCommand,
  context: CliContext
): Promise<ExitCode> {
  const policy =
    command.fromPath === null ? DEFAULT_POLICY : await recordedPolicy(command.fromPath, context);
  context.io.stdout(escapedJsonText(policyFileText(policy)));
  return EXIT.ok;
}
