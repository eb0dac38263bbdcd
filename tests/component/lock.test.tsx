import { render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { useIdleLock } from '../../src/app/useIdleLock';
import { LockPanel, type LockProps } from '../../src/ui/LockPanel';
import { delayAfter } from '../../src/ui/LockScreen';

afterEach(() => vi.useRealTimers());

function Probe({ lock, active = true }: { lock: () => void; active?: boolean }) {
  useIdleLock(active, 5, lock);
  return null;
}

test('the app locks after the chosen minutes without use, and any key or tap starts the wait again', () => {
  vi.useFakeTimers();
  const lock = vi.fn();
  render(<Probe lock={lock} />);
  vi.advanceTimersByTime(4 * 60_000);
  dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
  vi.advanceTimersByTime(4 * 60_000);
  expect(lock).not.toHaveBeenCalled();
  vi.advanceTimersByTime(60_000);
  expect(lock).toHaveBeenCalledOnce();
});

test('no idle lock while there is no lock to close', () => {
  vi.useFakeTimers();
  const lock = vi.fn();
  render(<Probe lock={lock} active={false} />);
  vi.advanceTimersByTime(60 * 60_000);
  expect(lock).not.toHaveBeenCalled();
});

test('the wait after wrong passphrases grows: none, none, 1, 2, 4 … capped at a minute', () => {
  expect([0, 1, 2, 3, 4, 5, 10, 20].map(delayAfter)).toEqual([0, 0, 1, 2, 4, 8, 60, 60]);
});

test('before the database has answered, the lock offer shows as for a new user but cannot be sent', () => {
  const setLock = vi.fn(async () => undefined);
  const control = (lock: LockProps['lock']) => ({ lock, setLock, idleMinutes: 15 }) as unknown as LockProps;
  const { rerender } = render(<LockPanel lock={control('unknown')} />);
  const submit = screen.getByRole('button', { name: 'Vergrendeling instellen' }) as HTMLButtonElement;
  expect(submit.disabled).toBe(true);
  expect(screen.queryByRole('button', { name: 'Nu vergrendelen' })).toBeNull();
  rerender(<LockPanel lock={control('none')} />);
  expect((screen.getByRole('button', { name: 'Vergrendeling instellen' }) as HTMLButtonElement).disabled).toBe(false);
  rerender(<LockPanel lock={control('unlocked')} />);
  expect(screen.getByRole('button', { name: 'Nu vergrendelen' })).toBeTruthy();
});
