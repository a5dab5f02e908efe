import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/*
 * The layers of the project and what each may import: the one place the dependency graph is
 * written. eslint-plugin-boundaries checks every import (type-only ones too) against it, so a
 * wrong-way import fails `npm run lint`; tests/architecture/layers.test.ts shows that it does.
 * Bottom up: a layer imports only the layers it lists. Folders with `pure: true` also stay free
 * of React, three.js, the DOM and Vite-only imports, since Node (the model generator, scripts,
 * tests) uses them as well as the browser.
 */
/** Every layer of the viewer under src/, which the app composes and the scripts may drive. */
const viewerLayers = [
  'mapping',
  'movement',
  'model-contract',
  'display',
  'tours',
  'clinic',
  'quiz',
  'state',
  'i18n',
  'scene',
  'ui',
  'embed',
];

const layers = [
  // Anatomy as data and its lookups (landmarks, muscles, trigger points, zones, forward and
  // reverse lookup): everything else is about these facts, so they depend on nothing of ours.
  { layer: 'mapping', folder: 'src/mapping', pure: true, imports: [] },
  // The node-name contract between a model file and the viewer: the generator writes it, the
  // scene checks a model against it; its names come from the muscle catalogue.
  { layer: 'model-contract', folder: 'src/model-contract', pure: true, imports: ['mapping'] },
  // The display's words (preset views, layers): data such as a tour step names a view without
  // importing the store that shows it.
  { layer: 'display', folder: 'src/display', pure: true, imports: ['mapping'] },
  // Content and pure logic over the anatomy: guided tours, self-care advice, quiz questions and
  // grading. Testable in Node, never tied to what is on screen now (so never the store).
  { layer: 'tours', folder: 'src/tours', pure: true, imports: ['mapping', 'display'] },
  { layer: 'clinic', folder: 'src/clinic', pure: true, imports: ['mapping', 'display'] },
  { layer: 'quiz', folder: 'src/quiz', pure: true, imports: ['mapping', 'display'] },
  // The neck that moves: joints, ranges of motion, poses, forward kinematics of the anatomy's
  // points, muscle lengths, stretches, exercises and posture, as data over the mapping (and the
  // clinic's ids for the words that go with them). Pure like the mapping, so the model generator
  // can build a skeleton from the same joints and the tests run in Node.
  { layer: 'movement', folder: 'src/movement', pure: true, imports: ['mapping', 'clinic'] },
  // What is on screen as plain data (the store, the URL codec, tour playback) and the meeting
  // point of the canvas and the panels (model status, the snapshot registry): both import it.
  {
    layer: 'state',
    folder: 'src/state',
    imports: ['mapping', 'movement', 'model-contract', 'display', 'tours', 'clinic', 'quiz'],
  },
  // Words for the data folders' ids in every language. Never the store or the screen, so any
  // layer above, and the tests of the data, can use the catalogues.
  { layer: 'i18n', folder: 'src/i18n', imports: ['mapping', 'movement', 'display', 'tours', 'clinic', 'quiz'] },
  // The 3D view draws the store with the anatomy. Nothing but App imports it, so three.js stays
  // in the chunk App loads lazily.
  {
    layer: 'scene',
    folder: 'src/scene',
    imports: ['mapping', 'movement', 'model-contract', 'display', 'state', 'i18n'],
  },
  // The DOM panels read and change the store. Never the scene: the panels work before and
  // without the 3D chunk, and pictures of the view come through src/state/snapshot.ts.
  {
    layer: 'ui',
    folder: 'src/ui',
    imports: ['mapping', 'movement', 'display', 'tours', 'clinic', 'quiz', 'state', 'i18n'],
  },
  // The iframe API: a clinic's page drives the store and hears what is selected.
  { layer: 'embed', folder: 'src/embed', imports: ['mapping', 'movement', 'display', 'tours', 'state'] },
  // The worked example of a clinic's page is another page: it knows the embed's messages as
  // types only, so none of the viewer is bundled into it.
  { layer: 'embed-demo', folder: 'src/embed-demo', imports: [], typesOf: ['embed'] },
  // App.tsx and main.tsx compose the screen and start the page (matched last: any file of src
  // outside the folders above).
  { layer: 'app', folder: 'src', imports: viewerLayers },
  // Node: the model generator writes the glb that the contract describes, from the anatomy.
  { layer: 'model-generator', folder: 'models/generator', imports: ['mapping', 'movement', 'model-contract'] },
  // Tools shared by scripts and tests (browser discovery and launch, static server, sample
  // points). They run in Node, so of src only the pure folders.
  {
    layer: 'dev-tools',
    folder: 'scripts/lib',
    imports: ['mapping', 'movement', 'model-contract', 'display', 'tours', 'clinic', 'quiz'],
  },
  // Bench, renders, pretest: may use the app and the generator, never the tests (a bench must
  // not change when the suite does); what both need lives in scripts/lib.
  { layer: 'scripts', folder: 'scripts', imports: [...viewerLayers, 'app', 'model-generator', 'dev-tools'] },

  // Vite's plugins for the build (CSP, PWA, the model's preload, the page frame): nothing of the
  // app but the English catalogues (JSON) the page frame in index.html is worded from.
  { layer: 'build-config', folder: 'config', imports: ['i18n'] },
  // Tests may import anything they test.
  { layer: 'tests', folder: 'tests', imports: '*' },
];

const pureFolders = layers.filter((l) => l.pure).map((l) => `${l.folder}/**/*.{ts,tsx}`);

const boundariesConfig = {
  files: ['**/*.{ts,tsx,js}'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': layers.map((l) => ({ type: l.layer, pattern: l.folder, partialMatch: false })),
    // Imports are written without extensions; the default resolver needs to know TypeScript's.
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        message:
          '{{ from.element.type }} may not import {{ to.element.type }}: the layers and what each may import ' +
          'are in eslint.config.js',
        policies: layers.flatMap((l) => [
          ...(l.imports.length === 0
            ? []
            : [
                {
                  from: { element: { type: l.layer } },
                  allow: { to: { element: { type: l.imports === '*' ? '*' : l.imports } } },
                },
              ]),
          ...(l.typesOf ?? []).map((t) => ({
            from: { element: { type: l.layer } },
            allow: { to: { element: { type: t } }, dependency: { kind: 'type' } },
          })),
        ]),
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier wraps code at 120 but leaves long strings and comments whole; this catches those.
      'max-len': ['error', { code: 120, ignoreUrls: true }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  boundariesConfig,
  {
    // The pure folders serve Node (model generator, tests, scripts) as well as the browser: they
    // must not reach for React, three.js, the DOM or Vite-only imports.
    files: pureFolders,
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*', 'react-dom/*'], message: 'Pure folders must stay free of React.' },
            {
              group: ['three', 'three/*', '@react-three/*', 'three-*'],
              message: 'Pure folders must stay free of three.js.',
            },
            {
              regex: '(\\?|^virtual:|^/)',
              message: 'Pure folders must not use Vite-only imports (query suffixes, virtual modules, root paths).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'location',
      ],
    },
  },
);
