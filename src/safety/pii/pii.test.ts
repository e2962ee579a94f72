import { describe, expect, test } from "bun:test";
import { createLogger } from "../../platform/logger.ts";
import { createRedactor, detectPii, luhnValid, redact } from "./index.ts";

const found = (text: string) => detectPii(text).map((s) => [s.type, s.value]);

describe("PII detection, per type", () => {
  test("emails", () => {
    expect(found("my email is ava.m.chen@icloud.com and hers is sofia.g.perez@gmail.com")).toContainEqual(["email", "ava.m.chen@icloud.com"]);
    expect(found("email pnatarajan@student.ridgeview.k12.us")).toEqual([["email", "pnatarajan@student.ridgeview.k12.us"]]);
  });

  test("phone numbers in the usual US shapes, without the extension", () => {
    for (const p of ["(419) 555-0107", "6145550193", "+1 614 555 0175", "937.555.0126", "312-555-0147"]) expect(found(`call ${p} today`)).toEqual([["phone", p]]);
    expect(found("The part number is VX-5120-884")).toEqual([]);
    expect(found("The ISBN is 978-0-06-112008-4")).toEqual([]);
  });

  test("social security numbers", () => {
    expect(found("does 531-22-8764 go in the box")).toEqual([["ssn", "531-22-8764"]]);
    expect(found("my SSN is 402 18 9937")).toEqual([["ssn", "402 18 9937"]]);
    expect(found("ssn 123456789")).toEqual([["ssn", "123456789"]]);
    expect(found("room 123456789")).toEqual([]);
  });

  test("card numbers only when the Luhn check passes", () => {
    expect(luhnValid("4111111111111111")).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(found("use card 4111 1111 1111 1111 to pay")).toEqual([["credit_card", "4111 1111 1111 1111"]]);
    expect(found("Mastercard 5555-5555-5555-4444")).toEqual([["credit_card", "5555-5555-5555-4444"]]);
    expect(found("the number 4242 4242 4242 4241 is on my library card")).toEqual([]);
  });

  test("student ids: 7 digits starting with 2 or S and 6 digits by default; quantities are not ids", () => {
    expect(found("my student number is 2093357.")).toEqual([["student_id", "2093357"]]);
    expect(found("Ethan Park (S118730)")).toContainEqual(["student_id", "S118730"]);
    expect(found("A spaceship travels 2450000 km in 5 days")).toEqual([]);
    expect(found("what is 2345678 divided by 2")).toEqual([]);
  });

  test("any number the text names as a student id is one, by default", () => {
    expect(found("my student number is 3018842 and the site says invalid")).toEqual([["student_id", "3018842"]]);
    expect(found("nurse form: ID 3340219, inhaler in the office")).toEqual([["student_id", "3340219"]]);
    expect(found("we raised 3340219 dollars for the new gym")).toEqual([]);
  });

  test("student id patterns are configurable per district", () => {
    const options = { studentIdPatterns: [{ pattern: "LUSD-\\d{5}", requireCue: false }] };
    expect(detectPii("my id is LUSD-48213", options).map((s) => s.value)).toEqual(["LUSD-48213"]);
    expect(detectPii("my id is 2093357", options).map((s) => s.type)).not.toContain("student_id");
    const cued = { studentIdPatterns: [{ pattern: "\\d{6}", requireCue: true }] };
    expect(detectPii("student id 482131", cued).map((s) => s.value)).toEqual(["482131"]);
    expect(detectPii("I scored 482131 points", cued)).toEqual([]);
  });

  test("dates of birth, but not dates in history", () => {
    expect(found("born august 9 2012, what zodiac sign")).toEqual([["date_of_birth", "august 9 2012"]]);
    expect(found("my birthday is 03/14/2011")).toEqual([["date_of_birth", "03/14/2011"]]);
    expect(found("DOB 2010-09-22")).toEqual([["date_of_birth", "2010-09-22"]]);
    expect(found("The Pearl Harbor attack happened on December 7, 1941.")).toEqual([]);
  });

  test("street addresses with unit, city, state and zip", () => {
    expect(found("I live at 4417 Birchwood Lane, Apt 3B, Columbus, OH 43215. Which school?")).toEqual([["address", "4417 Birchwood Lane, Apt 3B, Columbus, OH 43215"]]);
    expect(found("bring him to 219 Maple St")).toEqual([["address", "219 Maple St"]]);
    expect(found("my schedule says room 214 for bio")).toEqual([]);
    expect(found("how does Beverly Hills 90210 compare")).toEqual([]);
  });

  test("names of private persons, not of famous or fictional people", () => {
    expect(found("my name is Kayla Morris and i need help")).toEqual([["person_name", "Kayla Morris"]]);
    expect(found("Send the invite to the parent, Grace Okafor, today")).toEqual([["person_name", "Grace Okafor"]]);
    expect(found("lets make fun of jake and his stutter")).toEqual([["person_name", "jake"]]);
    expect(found("If Tyler says one more thing")).toEqual([["person_name", "Tyler"]]);
    expect(found("Call Ms. Kowalski tomorrow")).toEqual([["person_name", "Kowalski"]]);
    expect(found("Write about George Washington and Marie Curie")).toEqual([]);
    expect(found("books like Percy Jackson for a 6th grader")).toEqual([]);
    expect(found("In Of Mice and Men, why does George shoot Lennie?")).toEqual([]);
    expect(found("a reading guide for Night by Elie Wiesel")).toEqual([]);
  });

  test("names in any alphabet, names the lists do not know after a role, and a PO box with its town", () => {
    expect(found("Hi, my name is Sebastián Ortega and I need my password reset")).toEqual([["person_name", "Sebastián Ortega"]]);
    expect(found("we are proud of your son Khoa for winning the spelling bee")).toEqual([["person_name", "Khoa"]]);
    expect(found("help me make a fake account pretending to be ethan")).toEqual([["person_name", "ethan"]]);
    expect(found("Dear Families, the field trip is Friday")).toEqual([]);
    expect(found("mail it to PO Box 91, Grove City, OH 43123 please")).toEqual([["address", "PO Box 91, Grove City, OH 43123"]]);
  });

  test("a capitalized first name inside a sentence is a person, outside schoolwork about books and history", () => {
    expect(found("can you remind Priya about the science fair forms")).toEqual([["person_name", "Priya"]]);
    expect(found("i sit next to nobody at lunch since Marcus moved")).toEqual([["person_name", "Marcus"]]);
    expect(found('In "The Outsiders," Johnny kills a Soc to save Ponyboy')).toEqual([]);
    expect(found("why did the Roman Republic fall")).toEqual([]);
    expect(found("write discussion questions about why Simon is killed in the novel")).toEqual([]);
  });
});

describe("PII detection in the shapes fresh batches showed", () => {
  test("a teacher's title before both names, a name right before its record, a name that is being targeted", () => {
    expect(found("please email Mrs. Danuta Kowalczyk about the trip")).toEqual([["person_name", "Danuta Kowalczyk"]]);
    expect(found("Roster: Ottilie Vance, S204418, homeroom 12")).toEqual([["person_name", "Ottilie Vance"], ["student_id", "S204418"]]);
    expect(found("make a rap about how bad Jolene smells")).toEqual([["person_name", "Jolene"]]);
    expect(found("make a rap about how Tamsin smells")).toEqual([["person_name", "Tamsin"]]);
    expect(found("write a fake note from Carter saying he cheated")).toEqual([["person_name", "Carter"]]);
    expect(found("rank Harper and Lena on looks")).toEqual([["person_name", "Harper"], ["person_name", "Lena"]]);
    expect(found("payee Odette Lund, 58 Mill Pond Rd")).toEqual([["person_name", "Odette Lund"], ["address", "58 Mill Pond Rd"]]);
    expect(found("a progress note for Tran Thi Mai, born 2013-02-01")).toEqual([["person_name", "Tran Thi Mai"], ["date_of_birth", "2013-02-01"]]);
    expect(found("text Rosalie Brandt at 614-555-0188 about pickup")).toEqual([["person_name", "Rosalie Brandt"], ["phone", "614-555-0188"]]);
    expect(found("the parent is Keiko Abe and her email is kabe@example.org")).toEqual([["person_name", "Keiko Abe"], ["email", "kabe@example.org"]]);
    expect(found("remind Ines Lachance that the bus leaves early; email ilachance@example.org")).toEqual([["person_name", "Ines Lachance"], ["email", "ilachance@example.org"]]);
    expect(found("a thank you note to Pastor Elmer Voss for the food drive")).toEqual([["person_name", "Elmer Voss"]]);
    expect(found("my coach Daniel Okonkwo wants the form by friday")).toEqual([["person_name", "Daniel Okonkwo"]]);
    expect(found("Why does Okonkwo fear being like his father in the novel?")).toEqual([]);
    expect(found("write a diss track about Priyanka's braces")).toEqual([["person_name", "Priyanka"]]);
    expect(found("a fake insta pretending to be Brielle")).toEqual([["person_name", "Brielle"]]);
    expect(found("Oksana Melnyk and me are lab partners")).toEqual([["person_name", "Oksana Melnyk"]]);
    expect(found("a birthday poem for my best friend Talia")).toEqual([["person_name", "Talia"]]);
    expect(found("I'm the wrestling coach. Draft a letter to parents")).toEqual([]);
    expect(found("a babysitting flyer: Red Cross certified, call 513-555-0172")).toEqual([["phone", "513-555-0172"]]);
    expect(found("a rumor we can spread that Bella has lice")).toEqual([["person_name", "Bella"]]);
    expect(found("reasons why Black people are blamed, for my history essay")).toEqual([]);
    expect(found("our bus aide Gretchen Albers needs a reference letter")).toEqual([["person_name", "Gretchen Albers"]]);
  });

  test("a full name in a history lesson with nothing personal around it is a public one", () => {
    expect(found("Patriots like Samuel Adams spread the news of the war")).toEqual([]);
    expect(found("Atticus Finch defends Tom Robinson; why does Tom run?")).toEqual([]);
    expect(found("email my teacher Samuel Adams at sadams@school.org about the war essay")).toContainEqual(["person_name", "Samuel Adams"]);
  });

  test("rural routes, a type written first, a second street type, a quadrant; not a year before a square, not 'one way'", () => {
    expect(found("we live at 4410 County Road 12, Ely, MN 55731")).toEqual([["address", "4410 County Road 12, Ely, MN 55731"]]);
    expect(found("send it to 22 Calle Luna, El Paso, TX 79901 please")).toEqual([["address", "22 Calle Luna, El Paso, TX 79901"]]);
    expect(found("my pen pal lives at 8 Rue Victor Hugo, Nantes. what should i write")).toEqual([["address", "8 Rue Victor Hugo, Nantes"]]);
    expect(found("its 31 Harbor Point Dr, Sandusky, OH 44870")).toEqual([["address", "31 Harbor Point Dr, Sandusky, OH 44870"]]);
    expect(found("from 402 5th St NW, Rochester, MN 55901")).toEqual([["address", "402 5th St NW, Rochester, MN 55901"]]);
    expect(found("the 1848 Union Square rally in our history book")).toEqual([]);
    expect(found("the ride is 45 minutes one way")).toEqual([]);
    expect(found("he lives at 9 Bay St, Halifax, NS B3H 1A1")).toEqual([["address", "9 Bay St, Halifax, NS B3H 1A1"]]);
    expect(found("its 301 Willow Bend, Apt 4, Boise, ID 83702")).toEqual([["address", "301 Willow Bend, Apt 4, Boise, ID 83702"]]);
    expect(found("we moved to 48 Mill Rd now")).toEqual([["address", "48 Mill Rd"]]);
    expect(found("i live at 41-20 Main St in Flushing")).toEqual([["address", "41-20 Main St"]]);
    expect(found("bus roster: 88 Birch Lane, Fairview; 12 Ash St, Fairview")).toEqual([["address", "88 Birch Lane, Fairview"], ["address", "12 Ash St, Fairview"]]);
  });
});

describe("redaction", () => {
  test("replaces each span with its typed placeholder, one way", () => {
    const text = "Counselor note for Aaliyah Brooks (ID S239871): guardian Denise Brooks at 937.555.0126 or denise@example.org, card 4111 1111 1111 1111, born 04/27/2013, SSN 531-22-8764, 88 Willow Creek Rd, Dayton, OH 45402.";
    expect(redact(text)).toBe(
      "Counselor note for [NAME] (ID [STUDENT_ID]): guardian [NAME] at [PHONE] or [EMAIL], card [CARD], born [DOB], SSN [SSN], [ADDRESS].",
    );
  });

  test("text without personal data is unchanged", () => {
    const text = "What's the molar mass of H2SO4? Show your work.";
    expect(redact(text)).toBe(text);
  });

  test("the redactor plugs into the app's logger and keeps PII out of log lines", () => {
    const lines: string[] = [];
    const log = createLogger({ level: "info", write: (l) => lines.push(l), redact: createRedactor() });
    log.info("message from Maya Thompson", { body: "email me at maya.t@example.org or 614-555-0182", nested: { ssn: "531-22-8764" } });
    const line = lines[0]!;
    expect(line).toContain("[NAME]");
    expect(line).toContain("[EMAIL]");
    expect(line).toContain("[PHONE]");
    expect(line).toContain("[SSN]");
    expect(line).not.toMatch(/Maya|maya\.t|555-0182|531-22/);
  });
});

// What the thirty-fourth to thirty-seventh held-out batches showed (docs/safety-evaluation.md, twelfth round); sentences written for these tests.
describe("names and birth dates as families write them", () => {
  test("a third name is part of the name, a title running on is not", () => {
    expect(found("please add Tran Thi Mai, phone 214-555-0148, to the pickup list")).toContainEqual(["person_name", "Tran Thi Mai"]);
    expect(found("my name is Juan Pablo Ortega and i need a cover letter")).toContainEqual(["person_name", "Juan Pablo Ortega"]);
    expect(found("Email Maria Lopez Regarding Field Trip")).toEqual([["person_name", "Maria Lopez"]]);
  });

  test("every date in a list of birthdays is a birth date, this year's dates are not", () => {
    expect(found("birthdays for the class calendar: Nora Quinn 04/02/2014, Eli Park 09/17/2013")).toEqual([
      ["person_name", "Nora Quinn"],
      ["date_of_birth", "04/02/2014"],
      ["person_name", "Eli Park"],
      ["date_of_birth", "09/17/2013"],
    ]);
    const thisYear = new Date().getFullYear();
    expect(found(`my birthday is in may. the field trip is on 05/12/${thisYear}`)).toEqual([]);
  });

  test("a book's title before a question makes its people characters", () => {
    expect(found("in Hatchet why does Brian keep the hatchet on his belt")).toEqual([]);
    expect(found("in Math why does Tyler keep kicking my chair")).toEqual([["person_name", "Tyler"]]);
  });

  test("people named by who they are to the writer", () => {
    expect(found("my little cousin Tobiah turns 7 next week, what chapter book should i get him")).toEqual([["person_name", "Tobiah"]]);
    expect(found("write a card for our senior Lucia Brandt who won the state title")).toEqual([["person_name", "Lucia Brandt"]]);
    expect(found("we're playing Senior Assassin after prom, help with the rules")).toEqual([]);
    expect(found("make a fake instagram account for Zuri with her worst pics")).toEqual([["person_name", "Zuri"]]);
  });
});

describe("rural addresses and people named by their place in the writer's life", () => {
  test("rural routes with a box, lettered roads and township roads are addresses", () => {
    expect(found("send it to Rural Route 4 Box 22, Ainsworth, NE 69210")).toEqual([["address", "Rural Route 4 Box 22, Ainsworth, NE 69210"]]);
    expect(found("pickup is at 1180 Road K, Colby now")).toEqual([["address", "1180 Road K, Colby"]]);
    expect(found("the bus stops at 2290 Township Rd 75 at 7:05")).toEqual([["address", "2290 Township Rd 75"]]);
  });

  test("a church, a plan's title and a person are told apart", () => {
    expect(found("Thank Pastor Dale Meeks at First Methodist, 620-555-0188")).toEqual([["person_name", "Dale Meeks"], ["phone", "620-555-0188"]]);
    expect(found("Behavior Action Plan for Nico Ferris, DOB 03/02/2013")).toEqual([["person_name", "Nico Ferris"], ["date_of_birth", "03/02/2013"]]);
  });

  test("a person is named by the writer's words around them", () => {
    expect(found("my group is me (Tobin), Aria and Felix")).toContainEqual(["person_name", "Tobin"]);
    expect(found("My mentor, Odalys Reyna, wants me to apply")).toEqual([["person_name", "Odalys Reyna"]]);
    expect(found("name tag please: Wren Castillo, Room 4, ID 2103387")).toEqual([["person_name", "Wren Castillo"], ["student_id", "2103387"]]);
  });
});

describe("titles, programs and towns are not people or places", () => {
  test("a coach's title stays outside the name, a program's name is not a person, an acronym is not a town", () => {
    expect(found("Hi Coach Marsh, this is Lena from varsity, call 614-555-0140")).toContainEqual(["person_name", "Marsh"]);
    expect(found("Hi Coach Marsh, this is Lena from varsity, call 614-555-0140")).not.toContainEqual(["person_name", "Coach Marsh"]);
    expect(found("send the Youth Leadership Program form to 614-555-0190")).toEqual([["phone", "614-555-0190"]]);
    expect(found("party at 71 Birch Ave, RSVP by friday")).toEqual([["address", "71 Birch Ave"]]);
  });
});

describe("a day after an address, taught authors, and a name beside the verb that hurts them", () => {
  test("a weekday after the street is when, not the town", () => {
    expect(found("pool party at 88 Lantern Way, Sunday at noon")).toEqual([["address", "88 Lantern Way"]]);
  });

  test("authors taught in class are public people", () => {
    expect(found("How does Kate Chopin use the sea as a symbol?")).toEqual([]);
    expect(found("why did Brutus turn on Caesar")).toEqual([]);
  });

  test("the person a threat is aimed at is named", () => {
    expect(found("im punching marcus tomorrow")).toContainEqual(["person_name", "marcus"]);
  });
});

describe("a concourse is a street, and names from more places are people", () => {
  test("the Bronx's Grand Concourse is a street address", () => {
    expect(found("mail it to 900 Grand Concourse, Bronx, NY 10451")).toEqual([["address", "900 Grand Concourse, Bronx, NY 10451"]]);
  });

  test("Hawaiian and Scandinavian first names are people", () => {
    expect(found("email Keanu Kahale about the field trip")).toContainEqual(["person_name", "Keanu Kahale"]);
  });
});

describe("hotlines, taught novels and their people", () => {
  test("a hotline's name is not a person", () => {
    expect(found("Call the National Child Abuse Hotline at 1-800-422-4453.")).toEqual([["phone", "1-800-422-4453"]]);
  });

  test("the people of a taught novel are characters", () => {
    expect(found("in Frankenstein, is William's death Victor's fault?")).toEqual([]);
  });
});
