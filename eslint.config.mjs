// Lint rules that enforce the architecture, not taste:
// - shared/ is the pure domain: no Node, no DOM, no Electron, no React, no I/O libraries.
// - renderer/ never reaches into electron/ (it talks to main only through window.api).
// - electron/ never imports renderer code.
// - ipcMain / ipcRenderer appear only in the two files that own the IPC contract.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import { builtinModules } from 'node:module'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]

const sharedForbidden = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure domain code: no Node modules.' })),
    { name: 'electron', message: 'shared/ must not import Electron.' },
    { name: 'react', message: 'shared/ must not import React.' },
    { name: 'react-dom', message: 'shared/ must not import React.' },
    { name: 'zustand', message: 'shared/ must not import UI state.' },
    { name: 'exceljs', message: 'shared/ must not do file formats; that is electron/xlsx.' },
  ],
  patterns: [
    { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from electron/ or renderer/.' },
    { group: ['ag-grid-*', '@ag-grid-community/*', 'node:*'], message: 'shared/ is pure domain code.' },
  ],
}

// Browser globals that must never appear in shared/ (its tsconfig has no DOM lib either).
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'fetch', 'process', 'Buffer', 'require', '__dirname']

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', '.e2e-tmp/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', sharedForbidden],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: 'shared/ runs in main and renderer alike: no host globals.' }))],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'The renderer reaches main only through window.api.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'The renderer is sandboxed: no Node modules.' })),
          { name: 'exceljs', message: 'Workbooks are read and written in the main process.' },
        ],
        patterns: [{ group: ['**/electron/**', 'node:*'], message: 'The renderer reaches main only through window.api (shared/ipc-contract).' }],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer code.' }],
      }],
    },
  },
  {
    // Only the IPC registry (main side) and the preload may touch ipcMain / ipcRenderer.
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc/register.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "ImportSpecifier[imported.name=/^ipc(Main|Renderer)$/]",
        message: 'Use electron/ipc/register.ts (main) or electron/preload.ts: every handler goes through the sender check.',
      }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx,mjs}', 'bench/**/*.ts', 'scripts/**/*.{mjs,ts}', 'bin/**/*.mjs', '*.config.{ts,mjs}', 'electron.vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
