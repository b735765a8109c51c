// The clerk's preferences that outlive a session: settings.json in the user-data folder.
// Today one: whether exporting over a workbook keeps the replaced one as name.xlsx.bak (off:
// a folder of workbooks about to be published should hold only the workbooks).
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from './atomic'

export const SETTINGS_FILE_NAME = 'settings.json'

export interface Settings {
  exportBackups: boolean
}

export const DEFAULT_SETTINGS: Settings = { exportBackups: false }

export interface SettingsStore {
  read(): Promise<Settings>
  write(settings: Settings): Promise<void>
}

export function createSettingsStore(userDataDir: string): SettingsStore {
  const file = join(userDataDir, SETTINGS_FILE_NAME)
  return {
    async read() {
      try {
        const json = JSON.parse(await readFile(file, 'utf8')) as Partial<Settings> | null
        return { exportBackups: json?.exportBackups === true }
      } catch {
        // Missing or damaged: the defaults, rather than a failed start.
        return { ...DEFAULT_SETTINGS }
      }
    },
    async write(settings) {
      await writeFileAtomic(file, JSON.stringify(settings, null, 2), { backup: false })
    },
  }
}
