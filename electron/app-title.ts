// The product name as the clerk sees it (window titles, dialogs). Kept apart from window.ts,
// which imports Electron, so pure modules can use it.
export const APP_TITLE = '预算公开表'
