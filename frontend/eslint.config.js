import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layout of src/ (docs/architecture.md, "Front end"), held by the build: a feature imports
 * only itself, components/ and lib/; components/ imports lib/; lib/ imports lib/; only app/
 * puts features together. (main.tsx only mounts app/.)
 */
const layout = {
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.d.ts', '.js'] } },
    'boundaries/elements': [
      { type: 'app', pattern: 'src/app' },
      { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
      { type: 'components', pattern: 'src/components' },
      { type: 'lib', pattern: 'src/lib' },
      { type: 'testing', pattern: 'src/testing' },
    ],
    'boundaries/files': [{ category: 'test', pattern: '**/*.test.{ts,tsx}' }],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        policies: [
          {
            from: { element: { type: 'app' } },
            allow: { to: { element: { types: { anyOf: ['app', 'feature', 'components', 'lib'] } } } },
          },
          {
            from: { element: { type: 'feature' } },
            allow: [
              { to: { element: { types: { anyOf: ['components', 'lib'] } } } },
              { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } },
            ],
          },
          {
            from: { element: { type: 'components' } },
            allow: { to: { element: { types: { anyOf: ['components', 'lib'] } } } },
          },
          { from: { element: { type: 'lib' } }, allow: { to: { element: { type: 'lib' } } } },
          // Tests render the whole application through testing/.
          {
            from: { element: { type: 'testing' } },
            allow: { to: { element: { types: { anyOf: ['testing', 'app', 'lib'] } } } },
          },
          { from: { file: { categories: 'test' } }, allow: { to: { element: { type: 'testing' } } } },
        ],
      },
    ],
  },
};

export default defineConfig(
  { ignores: ['dist/', 'target/', 'node_modules/', 'src/lib/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // React Compiler rules that condemn what every page does on purpose: load in an effect
      // (set-state-in-effect) and keep the latest callback or filter in a ref (refs).
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ...layout },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
