// There is no "list editions" route: this device remembers the editions it created or opened.
const KEY = 'orchestrator.editions';

export function rememberedEditions() {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]');
  } catch {
    return [];
  }
}

export function rememberEdition(id, title) {
  const others = rememberedEditions().filter((e) => e.id !== id);
  localStorage.setItem(KEY, JSON.stringify([{ id, title: title ?? id }, ...others].slice(0, 20)));
}
