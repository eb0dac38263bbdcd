// Placeholder: H5 (Mijn organisatie) builds this. Shown in step 2 and on the call sheet: the
// organisation's name, its aandachtsfunctionaris with a tap-to-call number, its own meldcode.
// `compact`: the call sheet's short form. Renders nothing useful until H5 fills it in.
export function OrganisationCard(_: { compact?: boolean }) {
  return null;
}
