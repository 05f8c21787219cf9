// Prettier's defaults (double quotes, semicolons, trailing commas) are the house style;
// lines run long here. 200 is the width at which `prettier --write` changed the fewest lines.
/** @type {import("prettier").Config} */
export default { printWidth: 200 };
