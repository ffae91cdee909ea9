import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // The annotation engine runs in a module worker for pasted and dropped articles.
  worker: { format: 'es' },
  build: { target: 'es2022' },
  preview: { port: 4173 },
});
