import { useEffect, useState } from 'preact/hooks';
import { clearHideRequest, listenForHide } from './quickHideKeys';

/** 'Scherm verbergen': a GP or aandachtsfunctionaris with a client in the room blanks the app,
 * with the button or with Escape twice (see quickHideKeys.ts). */
export function useQuickHide(onHide: () => void) {
  const [hidden, setHidden] = useState(false);
  const hide = () => {
    onHide();
    setHidden(true);
  };
  useEffect(() => listenForHide(hide), []);
  return { hidden, hide, show: () => { clearHideRequest(); setHidden(false); } };
}
