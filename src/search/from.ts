// In memory only, like the query itself: which pack the user was in when they opened search, so
// that pack's steps come first. Set by the search entry in the header (a click or '/'); gone on
// reload, when the screen falls back to the pack chosen on the start screen.
let from: string | undefined;

export function rememberSearchFrom(pack: string | undefined) {
  from = pack;
}

export function searchFrom(): string | undefined {
  return from;
}
