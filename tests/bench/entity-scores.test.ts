import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Expected, parseFixture, scoreEntities } from "../../src/bench/entity-scores.ts";

const dir = new URL("../fixtures/entities/", import.meta.url).pathname;

describe("scoreEntities", () => {
  it("should count found names against the expected ones, ignoring the names to ignore", () => {
    const expected: Expected = {
      "a.txt": { people: ["Sergei Lavrov", "Hakan Fidan"], places: ["Moscow"], organisations: [], ignore: ["Mars"] },
      "b.txt": { people: ["Sergei Lavrov"], places: [], organisations: [], ignore: [] },
    };
    const found = {
      "a.txt": { people: ["Sergei Lavrov", "Sky Sports"], places: ["Moscow", "Mars"], organisations: [] },
      "b.txt": { people: ["sergei lavrov"], places: [], organisations: [] },
    };
    const scores = scoreEntities(found, expected);
    expect(scores.kinds.people).toEqual({ found: 3, correct: 2, expected: 3, precision: 2 / 3, recall: 2 / 3 });
    expect(scores.kinds.places).toEqual({ found: 1, correct: 1, expected: 1, precision: 1, recall: 1 });
    expect(scores.pages).toMatchObject({ made: 1, correct: 1, precision: 1 });
  });
});

describe("the entity fixture", () => {
  it("should make entity pages (names in two articles or more) of which at least 85% are right", () => {
    const expected = JSON.parse(readFileSync(`${dir}expected.json`, "utf8")) as Expected & { _comment?: string };
    delete expected._comment;
    const scores = scoreEntities(parseFixture(dir), expected);
    const figures = Object.entries(scores.kinds).map(([kind, { precision, recall }]) => `${kind} P ${precision.toFixed(2)} R ${recall.toFixed(2)}`);
    console.log(`entities: ${figures.join(", ")}; pages ${scores.pages.correct}/${scores.pages.made} (${scores.pages.precision.toFixed(3)})`);
    expect(Object.keys(expected)).toHaveLength(12);
    expect(scores.pages.made).toBeGreaterThanOrEqual(15);
    expect(scores.pages.precision).toBeGreaterThanOrEqual(0.85);
  });
});
