-- The head of the chain after each sealing batch: deleting the newest sealed entries leaves no gap
-- behind them, but it leaves a checkpoint pointing past the chain's end (or at another hash).
CREATE TABLE audit_checkpoint (
  chain_position BIGINT PRIMARY KEY,
  hash           VARCHAR(64) NOT NULL,
  sealed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
