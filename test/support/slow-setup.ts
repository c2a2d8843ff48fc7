// Starting the host and Chromium takes seconds, not milliseconds.
jest.setTimeout(120_000);
