"""The Cycles page: open rescue cycles from rules, assign, reassign and close them."""
