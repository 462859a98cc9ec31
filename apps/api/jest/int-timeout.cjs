// Integration tests talk to a real PostgreSQL over HTTP; give them room on a busy 2-core machine.
jest.setTimeout(60_000);
