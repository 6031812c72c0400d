/**
 * Run by bundled-functions.test.ts in a child process with TZ set: the shipped functions'
 * TODAY forms at a stopped instant, printed as JSON. Arguments: the instant (ISO) and a due date.
 */
import { loadFunctionsBundle } from "./functions-sandbox";
import { FakeExcel } from "../excel/recording-fake";

async function main(): Promise<void> {
  const [instant, due] = process.argv.slice(2);
  const functions = loadFunctionsBundle({ excel: new FakeExcel(), now: new Date(instant) });
  const dueDate = Number(due);
  const result = {
    daysOverdue: await functions.DAYSOVERDUETODAY(dueDate),
    bucket: await functions.AGINGBUCKETTODAY(dueDate, null, null),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
