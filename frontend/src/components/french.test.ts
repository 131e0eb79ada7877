import { describe, expect, it } from "vitest";
import { asRole, count, elide, isPlural, joinList, plural, startsWithVowelSound } from "./french";

describe("French plurals", () => {
  it("0 and 1 take the singular, 2 and more the plural", () => {
    expect(isPlural(0)).toBe(false);
    expect(isPlural(1)).toBe(false);
    expect(isPlural(1.5)).toBe(false);
    expect(isPlural(2)).toBe(true);
    expect(count(0, "membre votant présent")).toBe("0 membre votant présent");
    expect(count(1, "membre votant présent")).toBe("1 membre votant présent");
    expect(count(3, "membre votant présent")).toBe("3 membres votants présents");
  });
  it("irregular plurals: -al, -eau, -s/-x/-z, or given", () => {
    expect(plural(2, "journal")).toBe("journaux");
    expect(plural(2, "bureau")).toBe("bureaux");
    expect(plural(2, "avis")).toBe("avis");
    expect(plural(2, "festival")).toBe("festivals");
    expect(plural(2, "œil", "yeux")).toBe("yeux");
    expect(plural(2, "avis rendu")).toBe("avis rendus");
    expect(plural(2, "dossier de la séance")).toBe("dossiers de la séance");
  });
  it("formats thousands the French way", () => {
    expect(count(1234, "dossier").replace(/\s/g, " ")).toBe("1 234 dossiers");
  });
});

describe("French elision", () => {
  it("elides before a vowel or a mute h, not before a consonant or an h aspiré", () => {
    expect(elide("de", "administrateur")).toBe("d’administrateur");
    expect(elide("que", "agent")).toBe("qu’agent");
    expect(elide("le", "hôpital")).toBe("l’hôpital");
    expect(elide("la", "Île-de-France")).toBe("l’Île-de-France");
    expect(elide("de", "préfecture")).toBe("de préfecture");
    expect(elide("le", "héros")).toBe("le héros");
    expect(elide("de", "huit")).toBe("de huit");
    expect(elide("du", "État")).toBe("du État"); // not an elidable word: left alone
    expect(startsWithVowelSound("Œuvre")).toBe(true);
  });
  it("says « en tant qu’administrateur »", () => {
    expect(asRole("administrateur de préfecture")).toBe("en tant qu’administrateur de préfecture");
    expect(asRole("membre de la commission")).toBe("en tant que membre de la commission");
  });
  it("joins lists without an Oxford comma", () => {
    expect(joinList([])).toBe("");
    expect(joinList(["75"])).toBe("75");
    expect(joinList(["75", "13", "69"])).toBe("75, 13 et 69");
  });
});
