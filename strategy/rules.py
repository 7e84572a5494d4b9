import rules

# The strategy, the home page and the "become a member" page are public.
rules.add_perm("strategy.view_public_pages", rules.always_allow)
