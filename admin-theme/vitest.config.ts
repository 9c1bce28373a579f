import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Unit tests of the Customers pages' logic (npm test; Maven runs it in the test phase).
export default defineConfig({
  plugins: [react()],
  test: {
    environment: "happy-dom",
    include: ["src/test/frontend/**/*.test.{ts,tsx}"],
    css: false,
    testTimeout: 20_000,
  },
});
