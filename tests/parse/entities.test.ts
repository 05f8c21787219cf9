import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../src/parse/entities.ts";
import { entitySpans } from "../../src/parse/entity-spans.ts";

describe("entitySpans", () => {
  it("should take runs of capitalised words with the small words names hold", () => {
    expect(entitySpans("", "He spoke at the Bank of England and met officials from the U.S. on Friday.")).toEqual(["Bank of England", "U.S.", "Friday"]);
  });

  it("should skip a lone word that only ever starts a sentence, and keep one the article also writes inside a sentence", () => {
    const body = "Analysts were surprised. Moscow said nothing. Officials in Moscow later denied it.";
    expect(entitySpans("", body)).toEqual(["Moscow"]);
  });

  it("should take a title's run only when the body has it too", () => {
    expect(entitySpans("Lavrov Flies to Ankara", "Sergei Lavrov landed in Ankara.")).toEqual(["Ankara", "Sergei Lavrov"]);
  });
});

describe("extractEntities", () => {
  it("should find the people, places and organisations of a news paragraph, each once", () => {
    const body = "Russian Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday for talks with Turkish officials. Lavrov told reporters that Moscow was ready to work with the United Nations.";
    expect(extractEntities("Lavrov in Ankara", body)).toEqual({ people: ["Sergei Lavrov"], places: ["Ankara", "Moscow"], organisations: ["United Nations"] });
  });

  it("should give the same names whatever was extracted before (remembered finds change only time)", () => {
    const body = "Christine Lagarde spoke in Frankfurt for the European Central Bank.";
    const first = extractEntities("", body);
    extractEntities("", "Frankfurt and Paris. The European Central Bank met Lagarde in Berlin.");
    expect(extractEntities("", body)).toEqual(first);
    expect(first).toEqual({ people: ["Christine Lagarde"], places: ["Frankfurt"], organisations: ["European Central Bank"] });
  });

  it("should keep no article's text alive once its names are found", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const letters = (n: number) => [...n.toString(26)].map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join("");
    const article = (n: number) => `Officials met Marta Velkovska-Ostrowska${letters(n)} in Ostrava on Monday. ${"The talks went on for hours. ".repeat(2000)}`; // 58 KB
    extractEntities("", article(0)); // loads compromise
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let n = 1; n <= 100; n++) extractEntities("", article(n));
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(2_000_000); // the 100 texts are 5.8 MB
  });
});
