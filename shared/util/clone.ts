// A deep copy of plain JSON data (books and their lines hold nothing else). shared/ has no
// structuredClone: it is typed for neither Node nor the DOM.
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
