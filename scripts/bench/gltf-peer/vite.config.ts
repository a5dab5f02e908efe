import { fileURLToPath } from 'node:url';
import { benchPageConfig } from '../page-vite';

export default benchPageConfig(fileURLToPath(new URL('.', import.meta.url)));
