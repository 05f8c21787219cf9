import { fileURLToPath } from "node:url";

/** The folder holding package.json, `layouts/` and `public/`, wherever the command runs from. */
export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
