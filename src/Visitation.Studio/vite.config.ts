import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The Host serves the built Studio from its wwwroot; in development, Vite forwards API calls to a
// running Host (`dotnet run --project src/Visitation.Host`).
const host = 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../Visitation.Host/wwwroot',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': host,
      '/swagger': host,
    },
  },
});
