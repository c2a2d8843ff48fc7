import { stopAllHostProcesses } from './host-process';

// Starting the host and Chromium takes seconds, not milliseconds; a busy machine needs the margin.
jest.setTimeout(180_000);

// A host a test file started but could not stop (its beforeAll failed half-way) must not outlive it.
afterAll(() => stopAllHostProcesses());
