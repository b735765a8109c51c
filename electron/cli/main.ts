// The command-line tool's entry: bin/budget-tables.mjs runs this under tsx with plain Node.
import { run, type CliIo } from './run'

const io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }
process.exitCode = await run(process.argv.slice(2), io)
