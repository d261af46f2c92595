// The worker script of profile-in-threads.test.ts, as a bundled action's own file is in production.
import { isProfileWorker, runProfileWorker } from "./profile-in-threads.ts";

if (isProfileWorker()) await runProfileWorker();
