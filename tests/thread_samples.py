"""A hand-written blog post and thread about fictional people, shared by the thread tests."""

POST = """Corwin Halloway skips premiere to coach his daughter's soccer team

Corwin Halloway, 41, missed the premiere of his space western on Friday. A source tells
Glimmer Weekly that the actor "would rather be on the sideline with a whistle."

Is this the most relatable star in Hollywood, or is something else going on?
"""

THREAD = """
9 Responses to “Corwin Halloway skips premiere to coach his daughter’s soccer team”

  1. tessamarigold says:

    Honestly good for him. Premieres are boring anyway.

  2. Rufus K says:

    Nothing wrong with putting your kid first.

    Second paragraph: he has always seemed like a decent guy.

  3. plumtart says:

    @tessa premieres are not boring, they are his JOB. This guy is a loser who can't commit.

  4. Di 'Bean' Arliss says:

    #3 plumtart: relax, it is one night.

  5. gravelvoice says:

    <script>alert("hi")</script> testing if this site escapes html

  6. Mirela says:

    You nailed it, Di! One night does not matter.

  7. plumtart says:

    LOL tessa, I stand by it.

  8. Dana W says:

    yo Penny, great headline as always.

  9. 7 bridges says:

    My grandmother always says: family first. She was right.
"""

WRITERS = {"Penny", "GW"}
