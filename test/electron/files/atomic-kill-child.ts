// Child process of atomic-kill.test.ts: saves new versions with the real writeFileAtomic
// as fast as it can until the parent kills it with SIGKILL.
import { writeFileAtomic } from '../../../electron/files/atomic'
import { versionContent } from './atomic-kill-content'

const [target, start] = process.argv.slice(2)
if (!target || !start) throw new Error('usage: atomic-kill-child <target> <first version>')

let version = Number(start)
process.stdout.write('ready\n')
for (;;) {
  await writeFileAtomic(target, versionContent(version))
  version++
}
