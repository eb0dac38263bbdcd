import { InstallOffer } from '../ui/InstallOffer';
import { dismissInstall, promptInstall, useInstallKind } from './install';

/** The install offer where this browser has one (App decides when: a case is saved, nothing is
 * half done, not dismissed). Loaded lazily with it: the start screen does not need it. */
export function OfferInstall({ onDismissed }: { onDismissed: () => void }) {
  const kind = useInstallKind();
  if (!kind) return null;
  return <InstallOffer kind={kind} onInstall={() => void promptInstall()} onDismiss={() => { onDismissed(); void dismissInstall(); }} />;
}
