import { render, screen } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';

// What failed may be the strings themselves: then every t() throws, the help bar's included.
vi.mock('../../src/i18n', async (original) => ({
  ...(await original<typeof import('../../src/i18n')>()),
  t: () => { throw new Error('i18next failed'); },
}));

test('when the strings themselves fail, the calm screen still shows its text in Dutch, with Veilig Thuis', () => {
  const Broken = () => { throw new Error('broken'); };
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  render(<ErrorBoundary><Broken /></ErrorBoundary>);
  expect(screen.getByRole('heading', { level: 1, name: 'Er ging iets mis' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Naar het begin' })).toBeTruthy();
  expect(screen.getByRole('link', { name: /Bel Veilig Thuis.*0800-2000/ }).getAttribute('href')).toBe('tel:08002000');
  errors.mockRestore();
});
