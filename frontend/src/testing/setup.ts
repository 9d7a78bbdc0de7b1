import { configure } from '@testing-library/react';

// findBy… waits 1 s by default: a whole page rendered on a machine shared with other builds can
// take longer without anything being wrong (a real absence still fails, after 5 s).
configure({ asyncUtilTimeout: 5_000 });
