import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The Spring Boot backend serves the built files from classpath:/static/ and the
// JSON API under /api on the same origin; in development Vite proxies /api to it.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    setupFiles: ['src/testing/setup.ts'],
    // The page tests type into forms key by key: on a machine shared with other builds they can
    // take longer than Vitest's default 5 s without anything being wrong.
    testTimeout: 15_000,
  },
});
