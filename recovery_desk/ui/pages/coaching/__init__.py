"""The Coaching page: notes to front-line reps, from the calls whose reasons point at them."""
