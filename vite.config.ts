import { defineConfig } from 'vite';

// `npm run dev` serves index.html (the demo storefront page) with the mock backend running
// in a service worker. The widget's own library build is configured with the embedding work.
export default defineConfig({
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
});
