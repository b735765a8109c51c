import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSettingsStore, SETTINGS_FILE_NAME } from '../../../electron/files/settings'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'settings-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('settings', () => {
  it('starts with no .bak beside exported workbooks, and remembers the clerk’s choice', async () => {
    const store = createSettingsStore(dir)
    expect(await store.read()).toEqual({ exportBackups: false })
    await store.write({ exportBackups: true })
    expect(await createSettingsStore(dir).read()).toEqual({ exportBackups: true })
    expect(await readdir(dir)).toEqual([SETTINGS_FILE_NAME])
  })

  it('reads a damaged file as the defaults', async () => {
    await writeFile(join(dir, SETTINGS_FILE_NAME), '{ "exportBackups": ')
    expect(await createSettingsStore(dir).read()).toEqual({ exportBackups: false })
  })
})
