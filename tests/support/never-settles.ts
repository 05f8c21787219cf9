// A command whose work waits on something that will never answer (as the build did on a
// Pagefind process that died): runCommand must not let Node end it with code 0.
import { runCommand } from "../../src/cli/options.ts";

runCommand(() => new Promise<number>(() => {}));
