import { useEffect, useState } from 'preact/hooks';
import { clearHideRequest, hidePresses, listenForHide, PROGRESS_EVENT } from './quickHideKeys';

/** 'Scherm verbergen': a GP or aandachtsfunctionaris with a client in the room blanks the app,
 * with the button or with Shift three times (see quickHideKeys.ts); `presses` drives the
 * button's indicator of how many presses are still needed. */
export function useQuickHide(onHide: () => void) {
  const [hidden, setHidden] = useState(false);
  const [presses, setPresses] = useState(0);
  const hide = () => {
    onHide();
    setHidden(true);
  };
  useEffect(() => {
    const progress = () => setPresses(hidePresses());
    addEventListener(PROGRESS_EVENT, progress);
    const stop = listenForHide(hide);
    return () => { stop(); removeEventListener(PROGRESS_EVENT, progress); };
  }, []);
  return { hidden, hide, presses, show: () => { clearHideRequest(); setHidden(false); } };
}
