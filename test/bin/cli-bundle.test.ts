// The built CLI is run only while it matches the sources: an edit sends the bin back to tsx
// until the next build, and the next build is the edited code.
import { afterAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { buildCli, currentBuild, ROOT } from '../../bin/cli-bundle.mjs'

const root = mkdtempSync(join(tmpdir(), 'cli-bundle-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function write(file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true })
  writeFileSync(join(root, file), text)
}
const run = (entry: string): string => execFileSync(process.execPath, [entry], { encoding: 'utf8' })

describe('the built CLI', () => {
  it('is current for this checkout once the test setup has run, so the CLI suites start it', () => {
    const entry = currentBuild()
    expect(entry).not.toBeNull()
    expect(entry!.startsWith(join(ROOT, 'out', 'cli'))).toBe(true)
    const manifest = JSON.parse(readFileSync(join(ROOT, 'out/cli/manifest.json'), 'utf8')) as { sources: Record<string, string> }
    expect(Object.keys(manifest.sources)).toEqual(expect.arrayContaining(['electron/cli/main.ts', 'electron/cli/run.ts', 'electron/cli/check.ts']))
  })

  it('is dropped as soon as one of its sources changes, and the next build runs the new code', async () => {
    write('electron/cli/main.ts', "import { word } from '../../shared/word'\nconsole.log(word)\n")
    write('shared/word.ts', "export const word: string = '旧'\n")
    expect(currentBuild(root)).toBeNull()
    const first = await buildCli(root)
    expect(currentBuild(root)).toBe(first)
    expect(run(first)).toBe('旧\n')

    write('shared/word.ts', "export const word: string = '新'\n")
    expect(currentBuild(root)).toBeNull()
    const second = await buildCli(root)
    expect(second).not.toBe(first)
    expect(run(second)).toBe('新\n')
    // The replaced build stays for a CLI that started from it a moment ago.
    expect(existsSync(first)).toBe(true)

    rmSync(join(root, 'shared/word.ts'))
    expect(currentBuild(root)).toBeNull()
  })

  it('is not used when its folder is gone or the manifest is damaged', async () => {
    write('electron/cli/main.ts', "console.log('x')\n")
    const entry = await buildCli(root)
    rmSync(dirname(entry), { recursive: true })
    expect(currentBuild(root)).toBeNull()
    await buildCli(root)
    writeFileSync(join(root, 'out/cli/manifest.json'), '{"dir":')
    expect(currentBuild(root)).toBeNull()
  })
})
