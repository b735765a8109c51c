import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ModuleRegistry } from 'ag-grid-community'
import { App } from './App'
import { ErrorBoundary } from './components/ErrorBoundary'
import { GRID_MODULES } from './grid/modules'
import { warmUpGridWhenIdle } from './grid/warm-up'
import './styles.css'

ModuleRegistry.registerModules(GRID_MODULES)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
)
warmUpGridWhenIdle()
