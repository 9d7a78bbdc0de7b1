import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../app/App';

/** Renders the whole application at the given path, as a browser would open it. */
export function renderApp(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App />
    </MemoryRouter>,
  );
}
