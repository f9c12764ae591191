// The component tests' matchers (installed by tests/components/setup.ts), for the type checker.
/// <reference types="@testing-library/jest-dom/vitest" />
