// Short messages at the bottom right: what happened, what was refused and why.
import { useBook, dismissToast } from '../store/book-store'

export function Toasts() {
  const toasts = useBook((s) => s.toasts)
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast ${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'} onClick={() => dismissToast(t.id)}>
          {t.text}
        </div>
      ))}
    </div>
  )
}
