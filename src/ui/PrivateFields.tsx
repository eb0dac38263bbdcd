import type { ComponentChildren } from 'preact';

/**
 * Holds the fields of a case. Browsers save the state of form fields for tab restore and write
 * it to disk in plaintext (Chromium's Sessions/ files, Firefox's sessionstore, Safari's session),
 * also while the app lock is set. autocomplete="off" keeps a field out of that state; WebKit
 * honours it on an <input> or a <form>, but not on a <textarea> or <select> itself, so every case
 * field sits in this form. It never submits: the fields save themselves as the user types.
 */
export function PrivateFields({ children }: { children: ComponentChildren }) {
  return (
    <form autocomplete="off" noValidate onSubmit={(e) => e.preventDefault()}>
      {children}
    </form>
  );
}
